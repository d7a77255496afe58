package org.gba.advisor.vocabulary;

/** How complete the local supply chain of an industrial cluster is. */
public enum SupplyChain { COMPLETE, PARTIAL, THIN }
