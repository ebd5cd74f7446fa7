import { Header } from '../components/Header';
import { SignInForm } from '../components/session/SignInForm';

export function SignInPage() {
  return (
    <>
      <Header />
      <main className="page page--narrow">
        <SignInForm />
      </main>
    </>
  );
}
