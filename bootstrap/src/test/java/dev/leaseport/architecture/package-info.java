/**
 * Architecture rules of the hexagon, checked with ArchUnit against the production classes and, to
 * prove that each rule can fail, against deliberately broken fixtures.
 */
package dev.leaseport.architecture;
