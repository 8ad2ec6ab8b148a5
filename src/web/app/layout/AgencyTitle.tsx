/** Product name and the agency's short name, left of the header; sets the document title. */
import { Flex, Typography } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useAgency } from '../useAgency.js';

export function AgencyTitle({ compact }: { compact: boolean }) {
  const agency = useAgency();
  const shortName = agency.data?.shortName;
  useEffect(() => {
    document.title = shortName ? `BinhXet – ${shortName}` : 'BinhXet';
  }, [shortName]);
  return (
    <Flex align="center" gap={10} style={{ flex: 1, minWidth: 0, lineHeight: 1.3 }}>
      {compact ? null : (
        <Link to="/" style={{ fontWeight: 700, fontSize: 18, whiteSpace: 'nowrap' }}>
          BinhXet
        </Link>
      )}
      {shortName ? (
        <Typography.Text
          title={agency.data?.name}
          ellipsis
          style={{ minWidth: 0, fontSize: compact ? 14 : 15, fontWeight: compact ? 600 : undefined }}
          data-testid="agency-name"
        >
          {shortName}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
