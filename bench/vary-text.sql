-- Makes the copies that src/test/resources/sql/tenfold.sql wrote differ from their originals, for bench/pages.sh.
-- tenfold.sql copies texts verbatim (so that its test can expect exactly ten times the matches); a benchmark on
-- such copies would search, rank and compress the same few texts again and again. Here every copied resolution
-- (its symbol_session holds the copy letter c or d and a number, "22c3") and every copied statement (its slug ends "-c3")
-- takes the text of an original chosen from its own id, words shuffled in an order of its own. Words and lengths
-- stay realistic, so a search for "cooperation" matches about the same share of copies as of originals, and the
-- generated search vectors follow. Deterministic: the same database gives the same texts.

create temporary table resolution_text as
select row_number() over (order by id) - 1 as i, title, summary
from resolution
where symbol_session !~ '[cd][0-9]';

update resolution copy
set title = original.title,
    summary = (select string_agg(word, ' ' order by md5(word || ':' || copy.id || ':' || n))
               from regexp_split_to_table(original.summary, '\s+') with ordinality as words(word, n))
from resolution_text original
where copy.symbol_session ~ '[cd][0-9]'
  and original.i = (copy.id * 7919) % (select count(*) from resolution_text);

create temporary table statement_text as
select row_number() over (order by id) - 1 as i, quote, summary
from statement
where slug !~ '-[cd][0-9]+$';

update statement copy
set quote = (select string_agg(word, ' ' order by md5(word || ':' || copy.id || ':' || n))
             from regexp_split_to_table(original.quote, '\s+') with ordinality as words(word, n)),
    summary = (select string_agg(word, ' ' order by md5(word || ':' || copy.id || ':' || n))
               from regexp_split_to_table(original.summary, '\s+') with ordinality as words(word, n))
from statement_text original
where copy.slug ~ '-[cd][0-9]+$'
  and original.i = (copy.id * 7919) % (select count(*) from statement_text);
