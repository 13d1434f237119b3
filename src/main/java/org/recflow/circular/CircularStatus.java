package org.recflow.circular;

/** A circular is a DRAFT (its free paragraphs may change) until ISSUED (numbered, immutable, PDFs archived). */
public enum CircularStatus {
    DRAFT, ISSUED
}
