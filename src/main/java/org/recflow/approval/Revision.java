package org.recflow.approval;

public enum Revision {
    NEW, REVISED, AMENDMENT
}
