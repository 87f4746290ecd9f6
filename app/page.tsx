export default function Home() {
  return (
    <main>
      <h1>Lightcone</h1>
    </main>
  );
}
