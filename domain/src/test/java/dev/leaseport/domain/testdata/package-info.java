/**
 * Valid sample callers, commands and changes for the tests of every module (published as the
 * domain's test-jar): one place to update when a model gains a field. A test that cares about a
 * value states it itself; these give "any valid one".
 */
package dev.leaseport.domain.testdata;
