package org.gba.advisor.engine.facts;

/**
 * A particular signal behind a diagnosis that some answering rule needs to tell apart from the constraint's other
 * signals (§5.1 answers scattered cooperation with named lead units; §5.4 answers biomedical research held back by
 * the biological-materials barrier with the whitelist and a special-items platform).
 */
public enum Finding { SCATTERED_COOPERATION, BIOMATERIALS_BLOCK_BIOMEDICINE }
