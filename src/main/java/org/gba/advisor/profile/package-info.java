/** The profile of a place as submitted: indicators, assets and declared constraints, and the built-in sample profiles. */
package org.gba.advisor.profile;
