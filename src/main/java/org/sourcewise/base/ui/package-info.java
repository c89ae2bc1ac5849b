/**
 * What every feature's views share: the main layout and its role-aware navigation, the root route,
 * Markdown rendered safely ({@link org.sourcewise.base.ui.MarkdownText}), and each browser session's
 * error handler, which tells the person when a request failed.
 */
@NamedInterface("ui")
@NullMarked
package org.sourcewise.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
