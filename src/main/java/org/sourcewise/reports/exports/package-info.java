/**
 * Exports of results as files: the gradebook as CSV (Commons CSV) and XLSX (FastExcel), a quiz's item
 * statistics as CSV. Plain Java over the reports' records; callers check who may read them.
 */
@NullMarked
package org.sourcewise.reports.exports;

import org.jspecify.annotations.NullMarked;
