import { createRef, useState, type FormEvent } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { TextField } from '../TextField';
import { CheckboxGroup } from '../CheckboxGroup';
import { ErrorSummary, type ErrorSummaryItem } from './ErrorSummary';

const errors: ErrorSummaryItem[] = [
  { fieldId: 'email', message: 'Enter your email address' },
  { fieldId: 'topics', message: 'Choose at least one topic' },
];

function Form() {
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblems(errors);
  };
  const errorFor = (id: string) => problems.find((p) => p.fieldId === id)?.message;
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={problems} />
      <TextField id="email" label="Email" type="email" error={errorFor('email')} />
      <CheckboxGroup
        id="topics"
        legend="Topics"
        error={errorFor('topics')}
        options={[
          { value: 'a', label: 'Accounts' },
          { value: 'b', label: 'Billing' },
        ]}
      />
      <button type="submit">Send</button>
    </form>
  );
}

describe('ErrorSummary', () => {
  beforeEach(() => resetDevMessages());

  it('is a region named by its heading, without role alert, focused on mount', () => {
    render(<ErrorSummary errors={errors} />);
    const region = screen.getByRole('region', { name: 'There is a problem' });
    expect(region).toHaveAttribute('tabindex', '-1');
    expect(region).toHaveFocus();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'There is a problem' })).toBeInTheDocument();
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#email', '#topics']);
  });

  it('renders nothing without errors, and takes focus when errors appear after a submit', async () => {
    const user = userEvent.setup();
    render(<Form />);
    expect(screen.queryByRole('region')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('region', { name: 'There is a problem' })).toHaveFocus();
  });

  it('moves focus to the field when a link is activated with the keyboard', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await user.tab();
    expect(screen.getByRole('link', { name: 'Enter your email address' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Choose at least one topic' }));
    expect(screen.getByRole('checkbox', { name: 'Accounts' })).toHaveFocus();
  });

  it('scrolls the label or legend into view', async () => {
    const user = userEvent.setup();
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    try {
      render(<Form />);
      await user.click(screen.getByRole('button', { name: 'Send' }));
      await user.click(screen.getByRole('link', { name: 'Choose at least one topic' }));
      expect(scroll.mock.contexts[0]).toBe(screen.getByText('Topics'));
    } finally {
      // @ts-expect-error: jsdom has no scrollIntoView; remove the stub again
      delete Element.prototype.scrollIntoView;
    }
  });

  it('does not steal focus when moveFocus is false', () => {
    render(<ErrorSummary errors={errors} moveFocus={false} />);
    expect(screen.getByRole('region')).not.toHaveFocus();
  });

  it('has Finnish and Swedish headings, and a custom title', () => {
    const { rerender } = render(
      <PolkuProvider locale="fi">
        <ErrorSummary errors={errors} />
      </PolkuProvider>,
    );
    expect(screen.getByRole('region', { name: 'Tarkista seuraavat kohdat' })).toBeInTheDocument();
    rerender(
      <PolkuProvider locale="sv">
        <ErrorSummary errors={errors} />
      </PolkuProvider>,
    );
    expect(screen.getByRole('region', { name: 'Kontrollera följande' })).toBeInTheDocument();
    rerender(<ErrorSummary errors={errors} title="Fix these" description="Two answers are missing" />);
    expect(screen.getByRole('region', { name: 'Fix these' })).toHaveTextContent('Two answers are missing');
  });

  it('forwards the ref and passes attributes through', () => {
    const ref = createRef<HTMLElement>();
    render(<ErrorSummary ref={ref} errors={errors} className="sum" data-testid="sum" />);
    expect(ref.current).toBe(screen.getByTestId('sum'));
    expect(ref.current).toHaveClass('sum');
  });

  it('has no axe violations', async () => {
    render(<Form />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send' }));
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML', async () => {
    const { html } = await expectAccessibleServerRender(<ErrorSummary errors={errors} />);
    expect(html).toContain('href="#email"');
    expect(html).toContain('tabindex="-1"');
  });
});
