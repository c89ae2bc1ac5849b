/**
 * Content in the browser: drafting a course from an article (paste or fetch, review candidates, keep
 * claims), and a course's source page. Other features' views use {@link org.sourcewise.content.ui.SourceReference}
 * and {@link org.sourcewise.content.ui.Citations} to show a course's reference and to link each citation
 * to its paragraph.
 */
@NamedInterface("ui")
@NullMarked
package org.sourcewise.content.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
