-- Claimed once by the instance that issues the first admin key, so that instances starting together on an
-- empty database do not each print one.
create table one_time_claim (
    name       varchar(60)              not null primary key,
    claimed_at timestamp with time zone not null
);
