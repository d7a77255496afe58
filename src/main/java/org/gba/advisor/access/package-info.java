/**
 * Who may do what: API keys (stored as SHA-256 of a 256-bit random key) with one role each, the security
 * filter chain, and the per-profile checks the controllers make.
 */
package org.gba.advisor.access;
