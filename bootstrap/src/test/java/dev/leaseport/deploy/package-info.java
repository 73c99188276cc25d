/**
 * Static checks of the deployment files (the Containerfile and the Kubernetes manifests), which
 * this build cannot run: each check is shown to fail on a broken fixture.
 */
package dev.leaseport.deploy;
