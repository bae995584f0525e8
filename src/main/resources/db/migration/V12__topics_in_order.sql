-- Records keep their topics in the order of topic.Topic, however they were entered (a form's
-- checkboxes send them in the order shown, a session file in its own order). Rows saved before
-- get the same order here; the list below is topic.Topic's, in its order.
create function pg_temp.topics_in_order(topics text[]) returns text[] language sql immutable as $$
    select coalesce(array_agg(t order by coalesce(array_position(array[
        'budget', 'cooperation', 'review', 'elections', 'amendments', 'aggression', 'omnibus',
        'working-methods', 'staff', 'legal-aid', 'civil-society', 'victims', 'universality',
        'due-diligence', 'governance'], t), 1000), n), '{}')
    from unnest(topics) with ordinality as u(t, n)
$$;

update resolution set topics = pg_temp.topics_in_order(topics) where topics <> pg_temp.topics_in_order(topics);
update assembly_session set topics = pg_temp.topics_in_order(topics) where topics <> pg_temp.topics_in_order(topics);
update statement set topics = pg_temp.topics_in_order(topics) where topics <> pg_temp.topics_in_order(topics);
