import { Typography } from 'antd';

export const PageTitle = ({ children }: { children: React.ReactNode }) => (
  <Typography.Title level={1} style={{ fontSize: '1.3em', margin: 0 }}>
    {children}
  </Typography.Title>
);
