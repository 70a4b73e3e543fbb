package org.cohortdesk.model;

/** The second language of a course's certificates, printed beside Vietnamese: Lao (the default) or English. */
public enum CertificateLanguage {
    LO, EN
}
