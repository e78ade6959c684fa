-- One row per answer, keyed by the answer's UUID: the primary key is what makes delivery exactly once
-- (INSERT ... ON CONFLICT (id) DO NOTHING). `body` is the answer as received, without its contact details.
CREATE TABLE feedback_answers (
  id uuid PRIMARY KEY,
  kind text NOT NULL,
  score integer NOT NULL,
  touchpoint text,
  channel text,
  journey_step text,
  locale text NOT NULL,
  created_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL,
  body jsonb NOT NULL,
  contact_erased_at timestamptz
);

CREATE INDEX feedback_answers_created_at ON feedback_answers (created_at, id);
CREATE INDEX feedback_answers_kind_touchpoint ON feedback_answers (kind, touchpoint, created_at);

-- Contact details live apart from the answers, so erasure (DELETE by answer id) leaves the answer countable.
CREATE TABLE feedback_contacts (
  answer_id uuid PRIMARY KEY REFERENCES feedback_answers (id) ON DELETE CASCADE,
  consent boolean NOT NULL,
  channel text,
  address text
);
