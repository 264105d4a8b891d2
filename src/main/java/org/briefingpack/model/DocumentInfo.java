package org.briefingpack.model;

/** The input document: id (file name without extension), file name, SHA-256 of the raw bytes, text length. */
public record DocumentInfo(String id, String file, String sha256, int characters) {}
