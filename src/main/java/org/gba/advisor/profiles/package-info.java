/** Stored profiles: immutable versions in the database, the built-in places, who may read which version. */
package org.gba.advisor.profiles;
