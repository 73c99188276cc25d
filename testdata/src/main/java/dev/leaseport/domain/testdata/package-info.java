/**
 * Valid sample callers, commands and changes for the tests of every module (the testdata module, a
 * test dependency only): one place to update when a model gains a field. A test that cares about a
 * value states it itself; these give "any valid one".
 */
package dev.leaseport.domain.testdata;
