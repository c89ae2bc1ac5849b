/**
 * From an article to draft claims and draft questions, in plain Java (no Spring, no Vaadin, no
 * database): {@link org.sourcewise.content.drafting.ArticleReader} turns pasted text, Markdown or HTML
 * into paragraphs; {@link org.sourcewise.content.drafting.Sentences} splits them with the JDK's
 * {@link java.text.BreakIterator}; {@link org.sourcewise.content.drafting.Mentions} finds numbers,
 * dates and names; {@link org.sourcewise.content.drafting.ClaimProposer} ranks sentences by how much
 * they state and proposes a claim kind; {@link org.sourcewise.content.drafting.QuestionDrafter} drafts
 * cloze, true/false and single-choice questions from accepted claims. docs/drafting.md explains the rules.
 */
@NamedInterface("drafting")
@NullMarked
package org.sourcewise.content.drafting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
