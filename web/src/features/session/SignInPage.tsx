import { PageMain } from '../components/PageMain';
import { Header } from '../components/Header';
import { SignInForm } from '../components/session/SignInForm';

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
