package org.sourcewise.content.drafting;

import org.sourcewise.content.ClaimKind;

/** An accepted claim as the question drafter sees it: the statement as the instructor left it. */
public record DraftClaim(String key, String statement, ClaimKind kind, int paragraph, String category) {
}
