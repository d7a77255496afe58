/** Who did what: submissions, rule reloads, key changes; kept in the database, read by admins. */
package org.gba.advisor.audit;
