package dev.parallax.names;

/** What kind of thing a named entity is, as written in dictionary files. */
public enum EntityType {
    PERSON,
    PLACE,
    ORG,
    OTHER
}
