/** A date picker that shows and accepts dd/mm/yyyy. Value is a dayjs (convert with dates.ts). */
import { DatePicker, type DatePickerProps } from 'antd';
import { DATE_FORMATS } from './dates.js';

export function DateInput(props: DatePickerProps) {
  return <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" style={{ width: '100%' }} {...props} />;
}
