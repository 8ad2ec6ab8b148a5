/**
 * A form definition as the writer will see it (the self-review page's paper), to try out: what is
 * typed here stays in the browser and is never saved.
 */
import { Alert, Flex } from 'antd';
import { useMemo, useState } from 'react';
import type { FormAnswers, FormDefinition, Scores } from '../../../domain/forms/types.js';
import { levelOptions, primaryLevelKey, scoreView } from '../reviews/format.js';
import { PointTable } from '../reviews/PointTable.js';
import { ReviewPaper } from '../reviews/ReviewPaper.js';

const NO_ERRORS: Record<string, string[]> = {};
const NO_KEYS: ReadonlySet<string> = new Set();

export function FormPreview({ definition, year }: { definition: FormDefinition; year: number }) {
  const [answers, setAnswers] = useState<FormAnswers>({});
  const [scores, setScores] = useState<Scores>({});
  const options = useMemo(() => levelOptions(null), []);
  const table = definition.scoreTable;
  const view = useMemo(() => (table ? scoreView(table, scores) : null), [table, scores]);

  return (
    <Flex vertical gap={12} data-testid="form-preview">
      <Alert
        type="info"
        showIcon
        title="Bản xem thử: biểu mẫu như người kiểm điểm sẽ thấy. Có thể gõ thử; nội dung gõ thử không được lưu."
      />
      <ReviewPaper
        definition={definition}
        answers={answers}
        editable
        unitName="Tên đơn vị"
        year={year}
        levelOptions={options}
        notClassified={false}
        suggestions={[]}
        errors={NO_ERRORS}
        levelErrors={[]}
        primaryLevelKey={primaryLevelKey(definition)}
        missingKeys={NO_KEYS}
        scoreView={view}
        pointTable={
          table && view ? (
            <PointTable
              table={table}
              scores={scores}
              view={view}
              editable
              errors={NO_ERRORS}
              onChange={(item, value) =>
                setScores((prev) => {
                  const { [item]: _drop, ...rest } = prev;
                  return value === null ? rest : { ...rest, [item]: { self: value } };
                })
              }
            />
          ) : null
        }
        onChange={(key, value) => setAnswers((prev) => ({ ...prev, [key]: value }))}
      />
    </Flex>
  );
}
