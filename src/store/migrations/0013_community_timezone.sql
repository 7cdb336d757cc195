-- `cop init --timezone ZONE`: the zone the community's times are typed and shown in,
-- an IANA name as `domain::time::parse_zone` spells it; NULL leaves it to COP_TZ, TZ
-- and the machine.
ALTER TABLE community ADD COLUMN timezone TEXT;
