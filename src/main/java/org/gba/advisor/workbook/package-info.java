/** Profiles as spreadsheets for officials: an XLSX workbook (one sheet per section) and the indicators as CSV, both ways. */
package org.gba.advisor.workbook;
