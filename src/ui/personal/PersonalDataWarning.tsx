import { CheckboxField } from '../components/fields';
import './personal.css';

/**
 * Said before a file or a link leaves the browser with personal values of the sample dataset
 * (issue 19): how many, and the choice to mask them (on by default: data protection by default,
 * GDPR article 25). `vehicle` names what carries them: "file", "link".
 */
export function PersonalDataWarning({
  count,
  vehicle,
  masked,
  onMaskedChange,
}: {
  count: number;
  vehicle: 'file' | 'link';
  masked: boolean;
  onMaskedChange: (masked: boolean) => void;
}) {
  const values = `${count} personal ${count === 1 ? 'value' : 'values'}`;
  return (
    <section className="personal-warning" aria-label="Personal data in this export">
      <p>
        <strong>Personal data.</strong> The sample dataset holds {values} (fields marked personal in the data
        model).{' '}
        {masked
          ? `This ${vehicle} carries stand-ins instead, such as "person-1@example.invalid" and "masked-2".`
          : `This ${vehicle} carries them out of the browser as they are: whoever receives it can read them.`}
      </p>
      <CheckboxField
        label={`Mask personal data in this ${vehicle}`}
        checked={masked}
        onChange={onMaskedChange}
      />
    </section>
  );
}
