/** The HTTP edge shared by all features: RFC 9457 problem responses and language negotiation. */
package org.gba.advisor.web;
