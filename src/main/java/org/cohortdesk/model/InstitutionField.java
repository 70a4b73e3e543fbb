package org.cohortdesk.model;

/** A field of the institution profile, with the most characters its column holds. */
public enum InstitutionField {
    NAME_VI(300), NAME_LO(300), NAME_EN(300), PLACE_VI(100), PLACE_LO(100), PLACE_EN(100);

    private final int max;

    InstitutionField(int max) {
        this.max = max;
    }

    public int max() {
        return max;
    }
}
