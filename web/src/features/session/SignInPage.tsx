import { PageMain } from '../../ui/PageMain';
import { Header } from '../../ui/header/Header';
import { SignInForm } from './SignInForm';

export function SignInPage() {
  return (
    <>
      <Header />
      <PageMain className="page--narrow">
        <SignInForm />
      </PageMain>
    </>
  );
}
