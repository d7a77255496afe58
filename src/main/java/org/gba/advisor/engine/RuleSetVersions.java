package org.gba.advisor.engine;

/**
 * The rules of any stored rule set version, compiled aside and never swapped in: so that an answer recorded under
 * one version can be replayed under another (a draft, the one published, an older one) on any instance.
 */
public interface RuleSetVersions {
    /**
     * The compiled rules of a stored version. Fails with the store's own problem when there is no such version or
     * its rules do not compile on this instance.
     */
    RuleBase ruleBase(int version);
}
