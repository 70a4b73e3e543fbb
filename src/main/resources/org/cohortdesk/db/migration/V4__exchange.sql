-- Exchange packages between institutions (see docs/decisions/0013-exchange-packages.md).

-- This installation's own identity, one row, created on first use of an exchange.
CREATE TABLE exchange_institution (
    id         UUID         NOT NULL,
    name       VARCHAR(300),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_exchange_institution PRIMARY KEY (id)
);

-- The state of a row as last received from a peer institution: a hash of its content, and when
-- the peer made the package. The base of the three-way merge of the next package from that peer.
CREATE TABLE exchange_bases (
    peer_id    UUID        NOT NULL,
    table_name VARCHAR(40) NOT NULL,
    row_id     UUID        NOT NULL,
    row_hash   VARCHAR(64) NOT NULL,
    package_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_exchange_bases PRIMARY KEY (peer_id, table_name, row_id)
);

-- A row changed here and at the peer since the last exchange: their version waits for the user.
CREATE TABLE exchange_conflicts (
    id          UUID          NOT NULL,
    peer_id     UUID          NOT NULL,
    peer_name   VARCHAR(300),
    table_name  VARCHAR(40)   NOT NULL,
    row_id      UUID          NOT NULL,
    theirs      VARCHAR(200000) NOT NULL,
    theirs_hash VARCHAR(64)   NOT NULL,
    package_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_exchange_conflicts PRIMARY KEY (id),
    CONSTRAINT uq_exchange_conflicts_row UNIQUE (peer_id, table_name, row_id)
);
