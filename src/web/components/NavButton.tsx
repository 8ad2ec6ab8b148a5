/** A button that goes to another page of the app (client-side navigation). */
import { Button, type ButtonProps } from 'antd';
import { useNavigate } from 'react-router';

export function NavButton({ to, ...props }: ButtonProps & { to: string }) {
  const navigate = useNavigate();
  return <Button {...props} onClick={() => void navigate(to)} />;
}
