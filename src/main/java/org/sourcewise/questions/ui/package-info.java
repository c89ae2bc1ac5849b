/**
 * The question bank in the browser: courses, the bank, the question editor with its preview, and imports.
 */
@NullMarked
package org.sourcewise.questions.ui;

import org.jspecify.annotations.NullMarked;
