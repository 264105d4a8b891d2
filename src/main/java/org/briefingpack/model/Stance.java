package org.briefingpack.model;

/** Where a named party stands; see facts-v1. */
public enum Stance {
    SIGNED,
    DECLINED,
    SUPPORTS,
    OPPOSES,
    PLEDGED,
    HOSTED
}
