/** Home: greeting, the user's roles, what they must do next in the running cycle, and shortcuts. */
import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ROLE_LABELS } from '../../../domain/roles.js';
import { useAuth } from '../../app/auth.js';
import { NAV_ITEMS, navItemVisible } from '../../app/layout/navItems.js';
import { useAgency } from '../../app/useAgency.js';
import { MyReviewsCard } from '../reviews/MyReviewsCard.js';
import { MyTasksCard } from './MyTasksCard.js';

export function HomePage() {
  const { me, can } = useAuth();
  const agency = useAgency();
  const links = NAV_ITEMS.filter((i) => i.path !== '/' && navItemVisible(i, me));
  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          Xin chào, {me.displayName}!
        </Typography.Title>
        {agency.data ? <Typography.Paragraph>{agency.data.name}</Typography.Paragraph> : null}
        <Flex gap={8} wrap align="center">
          <Typography.Text type="secondary">Vai trò của bạn:</Typography.Text>
          {me.roles.length > 0 ? (
            me.roles.map((r) => (
              <Tag key={r} color="blue">
                {ROLE_LABELS[r]}
              </Tag>
            ))
          ) : (
            <Typography.Text>Chưa được giao vai trò nào.</Typography.Text>
          )}
        </Flex>
      </Card>
      <MyReviewsCard />
      {can('cycles.view') ? <MyTasksCard /> : null}
      <Typography.Title level={4} style={{ margin: 0 }}>
        Lối tắt
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {links.map((item) => (
          <Col key={item.path} xs={24} sm={12} xl={6}>
            <Link to={item.path}>
              <Card hoverable style={{ height: '100%' }}>
                <Card.Meta
                  avatar={<span style={{ fontSize: 24, color: '#1d4ed8' }}>{item.icon}</span>}
                  title={item.label}
                  description={item.description}
                />
              </Card>
            </Link>
          </Col>
        ))}
        <Col xs={24} sm={12} xl={6}>
          <Link to="/tai-khoan">
            <Card hoverable style={{ height: '100%' }}>
              <Card.Meta title="Tài khoản của tôi" description="Xem thông tin tài khoản, đổi mật khẩu." />
            </Card>
          </Link>
        </Col>
      </Row>
    </Flex>
  );
}
