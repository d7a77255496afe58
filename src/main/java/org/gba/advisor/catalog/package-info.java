/** The bilingual catalog of the paper's parts (elements, constraints, models, countermeasures, actions) and the rule reasons. */
package org.gba.advisor.catalog;
