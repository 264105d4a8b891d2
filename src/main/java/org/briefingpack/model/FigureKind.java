package org.briefingpack.model;

public enum FigureKind {
    MONEY,
    COUNT,
    PERCENT,
    DATE
}
