/** HTTP conventions the features' endpoints share: problem types, language negotiation. Imports no feature. */
package org.gba.advisor.http;
