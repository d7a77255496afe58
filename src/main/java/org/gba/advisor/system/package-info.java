/** Wiring and the HTTP edge shared by all: beans, settings, filters, problem+json, OpenAPI. No feature imports it. */
package org.gba.advisor.system;
