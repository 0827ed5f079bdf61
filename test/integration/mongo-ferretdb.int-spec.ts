import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import mongoose, { Connection, Model, Schema } from 'mongoose';

interface Applicant {
  pan: string;
  name: string;
  profile?: unknown;
}

const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const dbName = `los_int_ferret_${process.pid}_${Date.now()}`;

describe('Mongo-compatible server (FerretDB) through mongoose', () => {
  let connection: Connection;
  let applicants: Model<Applicant>;

  before(async () => {
    mongoose.set('strictQuery', true);
    mongoose.set('sanitizeFilter', true);
    connection = await mongoose.createConnection(mongoUrl, { dbName, serverSelectionTimeoutMS: 5000 }).asPromise();
    const schema = new Schema<Applicant>({
      pan: { type: String, required: true, unique: true },
      name: { type: String, required: true },
      profile: Schema.Types.Mixed,
    });
    applicants = connection.model<Applicant>('Applicant', schema);
    await applicants.init();
  });

  after(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  it('reads back what it wrote', async () => {
    await applicants.create({ pan: 'ABCDE1234F', name: 'Asha', profile: { city: 'Pune' } });

    const found = await applicants.findOne({ pan: 'ABCDE1234F' }).lean();

    assert.equal(found?.name, 'Asha');
    assert.deepEqual(found?.profile, { city: 'Pune' });
  });

  it('rejects a duplicate on a unique index with code 11000', async () => {
    await applicants.create({ pan: 'DUPLI0000D', name: 'First' });

    await assert.rejects(applicants.create({ pan: 'DUPLI0000D', name: 'Second' }), { code: 11000 });
  });

  it('neutralises a query operator smuggled into a filter value', async () => {
    await applicants.create({ pan: 'OTHER1111O', name: 'Ravi', profile: 'plain' });
    const smuggled = { $gt: '' };

    await assert.rejects(applicants.find({ pan: smuggled }).lean(), { name: 'CastError' });
    assert.deepEqual(await applicants.find({ profile: smuggled }).lean(), []);
    // The same operator, explicitly trusted, does match: the empty result above is sanitizeFilter's doing.
    assert.ok((await applicants.find({ pan: mongoose.trusted(smuggled) }).lean()).length >= 2);
  });
});
