-- A stored result's canonical JSON (about 9 kB a rep) is compressed when written. LZ4 compresses
-- several times faster than PostgreSQL's default pglz at a similar size, which is most of the
-- database's own work in a period close. Only where the server supports it (PostgreSQL 14 or
-- later, built with LZ4); elsewhere the default stays. Values already stored keep their
-- compression: they are read back unchanged either way.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_settings
               WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
        EXECUTE 'ALTER TABLE evaluation_result ALTER COLUMN result_json SET COMPRESSION lz4';
    END IF;
END
$$;
