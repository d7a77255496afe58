/** Wiring and settings: the beans, the configured folders, the OpenAPI description, start-up failures. */
package org.gba.advisor.system;
