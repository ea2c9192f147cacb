// What a studio would otherwise build for the same first screen: react-phone-number-input's
// mobile build in a react-hook-form form, a react-query mutation, input-otp for the next step.
import 'react-phone-number-input/style.css';
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { OTPInput } from 'input-otp';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import PhoneInput from 'react-phone-number-input/mobile';

function PeerGate() {
  const [sent, setSent] = useState(false);
  const { control, handleSubmit } = useForm<{ phone: string }>({ defaultValues: { phone: '' } });
  const link = useMutation({ mutationFn: async () => setSent(true) });
  if (sent) return <OTPInput maxLength={6} render={() => null} />;
  return (
    <form onSubmit={handleSubmit(() => link.mutate())}>
      <label htmlFor="phone">Mobile number</label>
      <Controller
        name="phone"
        control={control}
        render={({ field }) => (
          <PhoneInput
            id="phone"
            defaultCountry="US"
            value={field.value}
            onChange={field.onChange}
          />
        )}
      />
      <button type="submit">Text me a code</button>
    </form>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <QueryClientProvider client={new QueryClient()}>
      <PeerGate />
    </QueryClientProvider>,
  );
}
